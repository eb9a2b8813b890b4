briefingSearch.terms("vo",{"volatile":[0,5],"volatility":[1,2]});
