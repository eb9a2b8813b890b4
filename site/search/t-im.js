briefingSearch.terms("im",{"image":[0,1],"implications":[0,2],"importance":[0,1]});
