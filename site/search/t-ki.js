briefingSearch.terms("ki",{"kida":[1,1],"kim":[0,1,1,2]});
