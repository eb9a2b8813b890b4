briefingSearch.terms("wo",{"won":[1,1],"work":[0,2],"worth":[1,1]});
