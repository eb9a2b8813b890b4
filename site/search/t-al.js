briefingSearch.terms("al",{"aligns":[1,1],"alliance":[0,1],"allies":[0,1],"allow":[1,1],"already":[0,1],"also":[1,1]});
